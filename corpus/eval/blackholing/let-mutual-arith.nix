let a = b * 2; b = a + 1; in b
