scopedImport { builtins = { x = "mine"; }; } ./lib/builtins-x.nix
