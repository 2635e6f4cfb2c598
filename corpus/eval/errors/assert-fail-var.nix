let x = false; in assert x; 1
