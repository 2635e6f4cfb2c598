builtins.sort builtins.lessThan [ 1 "a" 2 3 ]
