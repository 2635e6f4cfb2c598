let x = { }; in [ 1 x.a or 2 ]
