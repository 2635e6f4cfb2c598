builtins.toJSON { p = ./fixtures/plain.txt; l = [ ./fixtures/tree ]; }
