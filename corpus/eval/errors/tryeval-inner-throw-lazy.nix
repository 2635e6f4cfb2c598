(builtins.tryEval { a = throw "x"; }).value.a
