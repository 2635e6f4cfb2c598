let a = { }; in a ? b.c.d
