import ./lib/select-error.nix
