import ./svl-lib/mixed.nix
