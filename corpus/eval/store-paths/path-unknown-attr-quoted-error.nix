builtins.path { path = ./fixtures/plain.txt; "odd key" = 1; }
