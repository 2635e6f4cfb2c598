builtins.typeOf (builtins.floor 2.7)
