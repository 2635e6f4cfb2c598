let a = 1; in let a = a + 1; in a
