let myfun = { x, y }: x; in myfun { y = 1; }
