scopedImport { } ./lib/int.nix
