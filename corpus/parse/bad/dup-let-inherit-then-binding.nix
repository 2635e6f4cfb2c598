let s = { a = 1; }; inherit (s) a; a = 2; in a
