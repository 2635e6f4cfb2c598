builtins.path { path = ./fixtures/x.drv; }
