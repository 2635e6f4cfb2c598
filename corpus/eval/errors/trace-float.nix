builtins.trace 1.5 2
