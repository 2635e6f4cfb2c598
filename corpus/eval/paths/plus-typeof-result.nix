builtins.typeOf (/a + "b")
