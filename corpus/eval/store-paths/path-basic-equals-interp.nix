builtins.path { path = ./fixtures/tree; } == "${./fixtures/tree}"
