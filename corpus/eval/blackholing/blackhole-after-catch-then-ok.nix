let x = if (builtins.tryEval (throw "a")).success then 1 else 2; in x + x
