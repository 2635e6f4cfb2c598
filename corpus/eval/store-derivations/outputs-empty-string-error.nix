derivationStrict { name = "e"; system = "x"; builder = "/bin/sh"; outputs = "  "; }
