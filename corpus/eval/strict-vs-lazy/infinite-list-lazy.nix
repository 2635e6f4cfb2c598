let f = n: [ n (f (n + 1)) ]; in builtins.seq (f 0) "whnf ok"
