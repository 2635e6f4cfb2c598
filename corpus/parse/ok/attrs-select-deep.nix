let a = { b = { c = { d = 1; }; }; }; in a.b.c.d
