builtins.tryEval (builtins.toJSON (throw "caught"))
