let xs = [ [ 1 2 3 ] [ 4 5 6 ] [ 7 8 9 ] ]; in [ (builtins.elemAt xs 1) (builtins.head (builtins.tail xs)) ]
