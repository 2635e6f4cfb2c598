[ (builtins.split "a|ab" "xabx") (builtins.split "(a|ab)(c|bcd)(d*)" "xabcdx") (builtins.split "a*(ab)*" "aabab") (builtins.split "(a|ab)*" "abab") ]
