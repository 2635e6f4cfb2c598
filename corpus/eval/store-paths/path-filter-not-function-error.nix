builtins.path { path = ./fixtures/tree; filter = { }; }
