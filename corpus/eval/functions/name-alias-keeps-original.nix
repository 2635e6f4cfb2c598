let f = g; g = { a }: a; in f { }
