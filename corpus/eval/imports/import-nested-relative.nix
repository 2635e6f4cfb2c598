import ./lib/nested/mid.nix
