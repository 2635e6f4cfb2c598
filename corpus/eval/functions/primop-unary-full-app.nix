builtins.typeOf builtins.typeOf
