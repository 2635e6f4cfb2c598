let s = { a = { b = s; }; }; in s
