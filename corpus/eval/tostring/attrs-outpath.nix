toString { outPath = "/nix/store/x"; }
