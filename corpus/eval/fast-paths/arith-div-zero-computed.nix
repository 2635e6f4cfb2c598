let f = n: n / (n - 4); in f 4
