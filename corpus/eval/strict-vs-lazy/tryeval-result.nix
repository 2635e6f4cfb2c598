builtins.tryEval { a = 1 + 1; }
