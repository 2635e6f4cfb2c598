let f = x: x; y = f y; in y
