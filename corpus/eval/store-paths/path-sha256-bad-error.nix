builtins.path { path = ./fixtures/plain.txt; sha256 = "nonsense"; }
