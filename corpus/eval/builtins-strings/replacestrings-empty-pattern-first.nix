builtins.replaceStrings [ "" "a" ] [ "-" "X" ] "abc"
