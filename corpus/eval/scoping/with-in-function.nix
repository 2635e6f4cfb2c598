let f = s: with s; a * b; in f { a = 3; b = 4; }
