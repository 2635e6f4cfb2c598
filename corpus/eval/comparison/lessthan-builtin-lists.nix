builtins.lessThan [ 1 ] [ 2 ]
