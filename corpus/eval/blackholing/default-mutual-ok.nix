let f = { a ? b, b ? 3 }: a; in f { }
