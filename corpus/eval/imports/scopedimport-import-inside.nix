scopedImport { x = import ./lib/int.nix; } ./lib/free-x.nix
