let f = { a ? throw "default used" }: a; in f { }
