builtins.path { path = ./fixtures/tree; name = "src"; filter = p: t: t == "regular"; sha256 = "0000000000000000000000000000000000000000000000000000"; }
