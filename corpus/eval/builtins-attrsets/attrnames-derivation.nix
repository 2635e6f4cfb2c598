let d = derivation { name = "x"; system = "x"; builder = "x"; }; in builtins.attrNames d
