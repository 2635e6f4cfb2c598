let s = with s; { a = 1; }; in s.a
