let f = { x }: b: x + b; in f { y = 1; } 2
