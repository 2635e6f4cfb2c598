let a = { }; in a // a + a
