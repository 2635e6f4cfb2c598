[ (builtins.split "(a|)*" "aab") (builtins.split "(a*)*" "ab") (builtins.split "()" "ab") (builtins.split "(a?)+" "aab") ]
