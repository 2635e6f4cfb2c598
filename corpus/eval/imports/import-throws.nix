import ./lib/throws.nix
