map builtins.typeOf (builtins.fromJSON "[1, 1.0, \"s\", true, null, [], {}]")
