builtins.toJSON { a = { b = [ (1 + 1) ]; }; }
