let f = n: if n == 0 then 42 1 else f (n - 1); in f 3
