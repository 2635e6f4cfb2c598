builtins.concatStringsSep ", " [ ]
