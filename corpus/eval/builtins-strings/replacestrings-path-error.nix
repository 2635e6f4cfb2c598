builtins.replaceStrings [ "a" ] [ "b" ] ./replacestrings-path-error.nix
