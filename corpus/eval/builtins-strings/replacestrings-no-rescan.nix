builtins.replaceStrings [ "a" "b" ] [ "b" "a" ] "ab"
