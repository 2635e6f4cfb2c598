derivation { name = "nos"; builder = "/bin/sh"; }
