builtins.elem 3 [ 1 (throw "reached") ]
