let f = x: { a }: a; in f 1 { }
