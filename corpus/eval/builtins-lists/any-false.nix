builtins.any (x: x > 5) [ 1 2 3 ]
