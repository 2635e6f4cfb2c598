(x: y: x) 1
