let a = { }; in a.b or (x: x) 2
