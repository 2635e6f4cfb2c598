let f = x: x == 0; in assert f 1; null
