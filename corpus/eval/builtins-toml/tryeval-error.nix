builtins.tryEval (builtins.fromTOML "a =")
