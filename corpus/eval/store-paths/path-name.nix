builtins.path { path = ./fixtures/tree; name = "renamed"; }
