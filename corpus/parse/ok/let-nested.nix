let a = 1; in let b = a; in let c = b; in c
