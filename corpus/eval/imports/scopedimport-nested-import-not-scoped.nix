scopedImport { x = 1; } ./lib/imports-free-x.nix
