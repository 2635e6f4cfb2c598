let f = n: if n == 0 then g { } else f (n - 1); g = { a, b }: a + b; in f 5
