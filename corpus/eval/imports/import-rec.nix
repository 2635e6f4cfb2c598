import ./lib/rec.nix
