builtins.scopedImport { x = 1; } ./lib/free-x.nix
