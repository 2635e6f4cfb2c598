derivation { name = "s"; system = "x"; builder = "bash"; }
