let s = { a = s.b; b = 3; }; in s.a
