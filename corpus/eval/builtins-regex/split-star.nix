[ (builtins.split "x*" "abc") (builtins.split "a*" "baaac") (builtins.split "(a*)" "aba") ]
