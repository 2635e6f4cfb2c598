scopedImport { x = 1; import = p: scopedImport { x = 2; } p; } ./lib/imports-free-x.nix
