let a = { }; in (a.b or { c = 1; }).c
