let x = throw "boom"; in (builtins.tryEval x).success && x == 1
