let f = x: [ x x ]; in f (1 + 2)
