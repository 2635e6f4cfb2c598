import ./default.nix
