let a = 3; in let inherit a; in a
