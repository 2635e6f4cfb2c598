builtins.typeOf ("s" + "t")
