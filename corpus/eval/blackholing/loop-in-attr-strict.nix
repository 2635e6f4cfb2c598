let x = x; in { a = x; }
