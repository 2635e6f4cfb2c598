let a = [ 2 ]; in a ++ a * 3 ++ a
