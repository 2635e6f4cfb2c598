let f = { a ? a }: a; in f { }
