derivationStrict { system = "x"; builder = "/bin/sh"; }
