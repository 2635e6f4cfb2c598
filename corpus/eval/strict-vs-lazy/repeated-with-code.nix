let s = { a = 1 + 1; }; in [ s s ]
