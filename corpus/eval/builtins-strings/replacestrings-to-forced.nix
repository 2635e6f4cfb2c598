builtins.replaceStrings [ "a" ] [ (throw "to is forced") ] "zzz"
