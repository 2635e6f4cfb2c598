[ (builtins.path { path = ./fixtures/link-to-plain; recursive = false; name = "plain.txt"; }) (builtins.path { path = ./fixtures/plain.txt; recursive = false; }) ]
