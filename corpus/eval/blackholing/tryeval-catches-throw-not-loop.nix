let x = x; in (builtins.tryEval (throw "t")).success && x
