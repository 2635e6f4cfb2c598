let a = b; b = c; c = a; in c
