let s = { a = 10; }; in with s; a + 1
