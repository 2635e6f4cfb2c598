[ (builtins.match "a{2}" "aa") (builtins.match "a{2,}" "aaaa") (builtins.match "a{1,2}" "aaa") (builtins.match "(a{1,2}){2}" "aaa") (builtins.match "a{0}" "") (builtins.match "(ab){0,2}c" "ababc") ]
