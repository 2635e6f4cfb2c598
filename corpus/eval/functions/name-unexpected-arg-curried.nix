let mk = x: { a }: a; in mk 1 { a = 1; b = 2; }
