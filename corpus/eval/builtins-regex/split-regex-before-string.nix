builtins.split "[" (throw "not evaluated")
