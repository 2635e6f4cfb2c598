let a = { }; b = { c = 2; }; in a.x or b.c
