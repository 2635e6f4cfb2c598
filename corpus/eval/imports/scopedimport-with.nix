scopedImport { x = "str"; } ./lib/scoped-with.nix
