assert (x: x) 1 == 2; 1
