builtins.path { path = ./fixtures/tree; filter = { __functor = self: p: t: t != "symlink"; }; }
