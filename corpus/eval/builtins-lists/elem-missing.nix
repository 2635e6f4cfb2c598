builtins.elem 4 [ 1 2 3 ]
