builtins.typeOf [ (throw "x") ]
