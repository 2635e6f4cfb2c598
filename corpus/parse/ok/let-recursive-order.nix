let c = b; b = a; a = 1; in c
