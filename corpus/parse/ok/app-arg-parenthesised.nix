let f = a: a; g = a: a; in f (g 1)
