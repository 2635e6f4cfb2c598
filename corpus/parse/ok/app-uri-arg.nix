let f = x: x; in f http://a.b/c
