builtins.genericClosure { startSet = [ { key = 1; v = "first"; } { key = 1; v = "second"; } ]; operator = x: [ ]; }
