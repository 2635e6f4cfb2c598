let z = 0; in builtins.tryEval (1 / z)
