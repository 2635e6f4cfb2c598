let f = x: (y: { a }: a); in f 1 2 { }
