let f = x: assert true; { a }: a; in f 1 { }
