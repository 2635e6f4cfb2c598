let x = x; in { y = 1; }
