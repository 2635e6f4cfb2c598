derivationStrict { name = "o"; system = "x"; builder = "/bin/sh"; __structuredAttrs = true; outputs = [ "out" 1 ]; }
