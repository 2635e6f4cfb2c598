let x = x; in [ 1 x ]
