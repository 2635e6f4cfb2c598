builtins.path { path = ./fixtures/plain.txt; name = "x.drv"; }
