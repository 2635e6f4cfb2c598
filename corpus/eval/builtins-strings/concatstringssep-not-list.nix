builtins.concatStringsSep "" "abc"
