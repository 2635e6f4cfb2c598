let f = { a ? throw "default" }: 5; in f { }
