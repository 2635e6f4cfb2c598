builtins.path { path = ./fixtures/tree; filter = p: t: baseNameOf p != ".hidden"; }
