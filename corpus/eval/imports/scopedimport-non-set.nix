scopedImport 1 ./lib/int.nix
