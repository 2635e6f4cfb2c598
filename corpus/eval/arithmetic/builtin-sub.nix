builtins.sub 2 3.5
