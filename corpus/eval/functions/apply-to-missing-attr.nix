let s = { }; in s.f 1
