derivation { name = "e"; system = "x"; builder = "/bin/sh\n-c\t\"x\""; }
