builtins.toFile (builtins.concatStringsSep "" (builtins.genList (x: "n") 212)) "x"
