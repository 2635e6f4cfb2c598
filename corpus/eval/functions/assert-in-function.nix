let f = x: assert x > 0; x; in [ (f 1) (f 2) ]
