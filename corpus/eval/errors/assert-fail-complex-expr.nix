let a = 1; b = 2; in assert a + b > 5 && true; 0
