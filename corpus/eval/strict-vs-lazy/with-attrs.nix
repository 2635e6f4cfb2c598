with { a = 1 + 1; }; { b = a; c = 3; }
