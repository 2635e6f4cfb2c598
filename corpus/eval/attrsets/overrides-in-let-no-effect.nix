let __overrides = { a = 2; }; a = 1; in a
