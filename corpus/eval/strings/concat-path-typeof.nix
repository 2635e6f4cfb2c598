builtins.typeOf (./foo + "bar")
