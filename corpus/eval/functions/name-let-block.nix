let { f = { a }: a; body = f { }; }
