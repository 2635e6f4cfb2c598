builtins.toFile (builtins.concatStringsSep "" (builtins.genList (x: "n") 211)) "x"
