let s = { a = builtins.trace [ s.a ] 1; }; in s.a
