builtins.toFile "f" "${derivation { name = "d"; system = "x"; builder = "/bin/sh"; }}"
