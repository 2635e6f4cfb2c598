builtins.getContext (builtins.path { path = ./fixtures/plain.txt; })
