let a = scopedImport { x = 1; } ./lib/free-x.nix; b = scopedImport { x = 2; } ./lib/free-x.nix; in [ a b ]
