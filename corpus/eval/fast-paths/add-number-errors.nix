let f = a: b: a + b; in [ (f 1 2) (f 1.5 2) (f 2 1.5) (f 1 "x") ]
