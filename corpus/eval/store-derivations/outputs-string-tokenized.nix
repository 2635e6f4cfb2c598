derivationStrict { name = "t"; system = "x"; builder = "/bin/sh"; outputs = " out\tdev\n lib "; }
