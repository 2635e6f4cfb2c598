import ./free-x.nix
