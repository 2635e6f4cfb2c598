let f = n: g n; g = n: f n; in f 1
