import ./lib/angle.nix
