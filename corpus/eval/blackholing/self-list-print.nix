let xs = [ xs ]; in xs
