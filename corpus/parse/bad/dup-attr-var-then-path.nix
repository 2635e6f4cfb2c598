let x = { b = 1; }; in { a = x; a.y = 2; }
