builtins.length (builtins.split "," (builtins.concatStringsSep "," (builtins.genList toString 3000)))
