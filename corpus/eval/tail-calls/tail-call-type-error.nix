let f = n: acc: if n == 0 then acc + 1 else f (n - 1) (acc + "s"); in f 10 ""
