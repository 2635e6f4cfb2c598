[ (x: x) builtins.typeOf (builtins.add 1) builtins.tryEval ]
