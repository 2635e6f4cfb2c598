let d = derivation { name = "x"; system = "x"; builder = "x"; }; in builtins.getContext (builtins.concatStringsSep "," [ d d.drvPath ])
