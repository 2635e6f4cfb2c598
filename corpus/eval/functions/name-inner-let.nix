let f = x: let g = { a }: a; in g; in f 1 { }
