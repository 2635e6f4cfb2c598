derivation { name = "nob"; system = "x"; }
