builtins.tryEval [ (throw "x") ]
