let a = { b = 1; }; in [ a.b a.c or 2 ]
