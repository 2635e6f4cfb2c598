builtins.trace "" 3
