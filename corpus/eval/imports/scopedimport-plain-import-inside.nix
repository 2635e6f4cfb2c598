scopedImport { x = 5; } ./lib/import-and-x.nix
