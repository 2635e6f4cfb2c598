builtins.filterSource "nope" ./fixtures/tree
