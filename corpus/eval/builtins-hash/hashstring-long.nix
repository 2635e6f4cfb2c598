builtins.hashString "sha1" (builtins.concatStringsSep "" (builtins.genList (i: "0123456789") 1000))
