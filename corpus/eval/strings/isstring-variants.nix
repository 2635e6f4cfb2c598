[ (builtins.isString "") (builtins.isString ./p) (builtins.isString { outPath = "x"; }) ]
