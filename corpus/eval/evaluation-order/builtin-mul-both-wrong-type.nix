builtins.mul null true
