builtins.sort builtins.lessThan [ "b" "a" "B" "" "ab" ]
