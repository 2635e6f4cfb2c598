builtins.elem (x: x) [ (x: x) ]
