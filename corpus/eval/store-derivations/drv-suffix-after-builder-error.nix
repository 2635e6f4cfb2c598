derivation { name = "x.drv"; system = "x"; }
