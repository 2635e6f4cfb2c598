builtins.path { path = ./fixtures/plain.txt; name = "a b"; }
