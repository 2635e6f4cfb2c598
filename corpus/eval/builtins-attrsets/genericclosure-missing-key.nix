builtins.genericClosure { startSet = [ { k = 1; } ]; operator = x: [ ]; }
