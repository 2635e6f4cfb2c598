let f = x: y: x; a = { b = 1; }; in f a.b a . b
