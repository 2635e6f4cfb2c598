let bad = 1 + "a"; in [ 1 2 ]
