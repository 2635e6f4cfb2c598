let a = 5; b = 2; a-b = 9; in [ a-b (a - b) (a -b) ]
