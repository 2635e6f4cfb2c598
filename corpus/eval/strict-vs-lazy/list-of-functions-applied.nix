[ ((x: x) 1) (builtins.add 1 2) ]
