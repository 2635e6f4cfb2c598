assert { } ? a; 1
