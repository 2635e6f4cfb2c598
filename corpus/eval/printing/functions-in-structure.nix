{ f = x: x; p = builtins.add; a = builtins.add 1; l = [ (x: x) ]; }
