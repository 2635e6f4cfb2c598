builtins.import ./lib/bool.nix
