builtins.replaceStrings [ "a" ] [ "o" ] "banana"
