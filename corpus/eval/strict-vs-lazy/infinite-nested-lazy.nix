let f = n: { inherit n; next = f (n + 1); }; in f 0
