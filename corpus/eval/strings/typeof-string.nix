builtins.typeOf "s"
