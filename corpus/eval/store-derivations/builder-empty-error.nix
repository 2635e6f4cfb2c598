derivation { name = "nob"; system = "x"; builder = ""; }
