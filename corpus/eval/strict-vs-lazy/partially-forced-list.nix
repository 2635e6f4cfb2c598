let l = [ (1 + 1) (2 + 2) ]; in builtins.seq (l == [ 2 4 ]) l
