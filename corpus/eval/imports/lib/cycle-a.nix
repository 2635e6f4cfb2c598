import ./cycle-b.nix
