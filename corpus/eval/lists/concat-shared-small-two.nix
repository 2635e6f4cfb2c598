let l = [ 1 2 ]; m = l ++ [ ]; in [ l m ]
