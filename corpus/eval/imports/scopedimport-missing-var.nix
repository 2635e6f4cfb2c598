scopedImport { y = 2; } ./lib/free-xy.nix
