builtins.partition "f" [ 1 ]
