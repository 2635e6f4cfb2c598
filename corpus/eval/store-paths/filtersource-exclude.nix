builtins.filterSource (p: t: baseNameOf p != "b") ./fixtures/tree
