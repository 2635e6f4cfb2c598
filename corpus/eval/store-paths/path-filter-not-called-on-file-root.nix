builtins.path { path = ./fixtures/plain.txt; filter = p: t: throw "never"; }
