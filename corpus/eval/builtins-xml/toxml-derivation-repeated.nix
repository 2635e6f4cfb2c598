let d = { type = "derivation"; drvPath = "/nix/store/x.drv"; outPath = "/nix/store/x"; }; in builtins.toXML [ d d { inner = d; } ]
