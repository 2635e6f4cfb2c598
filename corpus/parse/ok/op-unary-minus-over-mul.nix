let a = 2; b = 3; in -a * b
