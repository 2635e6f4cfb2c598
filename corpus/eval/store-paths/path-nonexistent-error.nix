builtins.path { path = ./fixtures/missing; }
