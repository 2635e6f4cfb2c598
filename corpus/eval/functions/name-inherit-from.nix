let s = { inherit (t) f; }; t = { f = { a }: a; }; in s.f { }
