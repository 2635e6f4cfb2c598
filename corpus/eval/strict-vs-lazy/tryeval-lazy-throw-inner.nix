builtins.tryEval [ (throw "inner") ]
