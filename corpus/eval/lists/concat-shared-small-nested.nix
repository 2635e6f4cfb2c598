let l = [ [ 1 ] ]; m = l ++ [ ]; in [ l m ]
