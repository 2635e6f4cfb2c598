let f = { a ? throw "default" }: a; in f { a = 3; }
