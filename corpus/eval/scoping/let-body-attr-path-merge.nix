let x.a = 1; x.b.c = 2; x.b.d = 3; in x
