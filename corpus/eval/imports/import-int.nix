import ./lib/int.nix
