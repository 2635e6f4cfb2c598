let s = { b = with s; a; a = 1; }; in s.b
