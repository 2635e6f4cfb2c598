builtins.trace (x: x) 2
