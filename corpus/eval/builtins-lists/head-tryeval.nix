builtins.tryEval (builtins.head [ (throw "caught") ])
