let s = { ${"f"} = x: { a }: a; }; in s.f 1 { }
