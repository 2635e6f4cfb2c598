builtins.path { path = ./fixtures/plain.txt; recursive = "no"; }
