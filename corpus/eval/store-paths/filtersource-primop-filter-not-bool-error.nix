builtins.filterSource builtins.seq ./fixtures/nested-only
