builtins.filterSource builtins.lessThan ./fixtures/nested-only
