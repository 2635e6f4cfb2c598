builtins.path { path = ./fixtures/tree; recursive = false; }
