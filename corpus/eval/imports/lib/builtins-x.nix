builtins.x
