let s = rec { f = { a }: a; }; in s.f { }
