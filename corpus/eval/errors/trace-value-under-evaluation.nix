let s = { a = builtins.trace s 1; }; in s.a
