builtins.path { path = ./fixtures/plain.txt; name = builtins.toFile "n" "x"; }
