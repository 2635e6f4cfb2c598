let a = 1; in let b = a + 1; in let c = b + a; in c
