builtins.sort builtins.lessThan [ 1 2 3 4 5 6 7 8 "a" 9 ]
