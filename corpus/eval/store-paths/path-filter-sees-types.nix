builtins.path { path = ./fixtures/tree; filter = p: t: builtins.trace "${baseNameOf p}: ${t}" true; }
