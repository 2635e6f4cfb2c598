scopedImport { true = "overridden"; } ./lib/bool.nix
