let f = x: with { }; { a }: a; in f 1 { }
