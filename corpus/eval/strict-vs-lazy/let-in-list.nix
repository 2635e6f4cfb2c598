let x = { y = 1 + 1; }; in [ x x.y ]
