builtins.functionArgs (builtins.map (x: x))
