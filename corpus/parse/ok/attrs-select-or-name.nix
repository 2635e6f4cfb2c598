let a = { or = 1; }; in a.or
