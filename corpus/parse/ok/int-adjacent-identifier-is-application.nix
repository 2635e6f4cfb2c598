let f = x: x; e3 = 3; in (f 1e3)
