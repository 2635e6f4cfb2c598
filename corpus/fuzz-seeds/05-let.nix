let x = 1; y = x + 1; in x * y
