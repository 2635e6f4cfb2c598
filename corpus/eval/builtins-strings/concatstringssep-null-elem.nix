builtins.concatStringsSep "" [ null ]
