[ (builtins.path { path = ./fixtures/plain.txt; recursive = false; }) (builtins.path { path = ./fixtures/plain.txt; recursive = true; }) ]
