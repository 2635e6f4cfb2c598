let s = { a = 1 + 1; b = s.a; }; in builtins.seq s.b s
