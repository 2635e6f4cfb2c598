scopedImport { x = 7; } ./lib/free-x.nix
