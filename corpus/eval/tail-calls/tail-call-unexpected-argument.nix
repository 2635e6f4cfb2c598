let f = n: if n == 0 then g { a = 1; b = 2; c = 3; } else f (n - 1); g = { a, b }: a + b; in f 5
