import ./lib/free-x.nix
