builtins.concatStringsSep { outPath = "-"; } [ "a" "b" ]
