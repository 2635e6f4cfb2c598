builtins.path { path = ./fixtures/tree; filter = p: t: true; } == "${./fixtures/tree}"
