builtins.filterSource { __functor = self: p: t: true; } ./fixtures/tree
