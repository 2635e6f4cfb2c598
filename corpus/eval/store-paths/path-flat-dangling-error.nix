builtins.path { path = ./fixtures/dangling; recursive = false; }
