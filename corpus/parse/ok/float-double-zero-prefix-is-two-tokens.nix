let f = x: x; in [ (f 00.5) ]
