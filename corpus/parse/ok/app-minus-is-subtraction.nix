let f = x: x; in f -1
