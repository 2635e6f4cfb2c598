let a = b; b = c; c = { d = 1 + 1; }; in a
