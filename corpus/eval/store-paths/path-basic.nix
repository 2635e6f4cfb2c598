builtins.path { path = ./fixtures/tree; }
