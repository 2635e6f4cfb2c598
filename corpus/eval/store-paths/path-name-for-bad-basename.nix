builtins.path { path = ./fixtures + "/with space.txt"; name = "with-space.txt"; }
