let f = builtins.path; in f { path = ./fixtures/nested-only; filter = p: t: true; }
