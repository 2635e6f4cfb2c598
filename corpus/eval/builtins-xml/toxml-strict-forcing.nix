builtins.toXML { a = 1 + 2; l = [ (3 * 4) ]; }
