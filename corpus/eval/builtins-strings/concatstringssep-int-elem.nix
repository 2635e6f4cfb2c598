builtins.concatStringsSep ", " [ "a" 1 ]
