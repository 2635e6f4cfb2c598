builtins.path { path = toString ./fixtures/plain.txt; }
