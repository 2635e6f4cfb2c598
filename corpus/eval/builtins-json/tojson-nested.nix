builtins.toJSON { a = [ 1 { b = [ ]; c = { }; } ]; d = { e = { f = null; }; }; }
