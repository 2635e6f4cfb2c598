builtins.toFile "large" (builtins.concatStringsSep "\n" (builtins.genList toString 10000))
