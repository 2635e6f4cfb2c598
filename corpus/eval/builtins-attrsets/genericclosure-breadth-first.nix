map (x: x.key) (builtins.genericClosure { startSet = [ { key = 0; } ]; operator = x: if x.key >= 20 then [ ] else [ { key = x.key * 2 + 1; } { key = x.key * 2 + 2; } ]; })
