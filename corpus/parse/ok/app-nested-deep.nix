let f = x: x; in f (f (f (f (f 1))))
