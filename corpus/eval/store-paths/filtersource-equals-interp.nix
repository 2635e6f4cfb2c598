builtins.filterSource (p: t: true) ./fixtures/tree == "${./fixtures/tree}"
