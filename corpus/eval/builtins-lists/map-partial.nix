let f = map (x: x + 1); in f [ 1 2 ]
