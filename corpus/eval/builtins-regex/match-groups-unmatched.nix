[ (builtins.match "(a)|(b)" "b") (builtins.match "(a)?b" "b") (builtins.match "((a)|b)*" "ab") (builtins.match "(a|b)*" "ab") ]
