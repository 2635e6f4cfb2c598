let f = let k = 5; in x: x + k; k = 100; in f 1
