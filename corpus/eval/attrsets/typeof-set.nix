builtins.typeOf { }
