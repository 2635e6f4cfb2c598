builtins.path { path = ./fixtures/plain.txt; sha1 = "x"; }
