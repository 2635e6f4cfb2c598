builtins.fetchTree (throw "argument not evaluated")
