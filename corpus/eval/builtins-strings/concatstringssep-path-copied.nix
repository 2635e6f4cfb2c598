builtins.concatStringsSep ":" [ ./concatstringssep-path-copied.nix "x" ]
