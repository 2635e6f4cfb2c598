builtins.toJSON { type = "derivation"; outPath = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x"; name = "x"; }
