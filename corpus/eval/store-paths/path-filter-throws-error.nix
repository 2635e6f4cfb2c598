builtins.path { path = ./fixtures/tree; filter = p: t: throw "filter failed on ${baseNameOf p}"; }
