let x = if (builtins.tryEval x).success then 1 else 2; in x
