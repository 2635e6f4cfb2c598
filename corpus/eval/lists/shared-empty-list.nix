let l = [ ]; in [ l l (l ++ [ ]) ]
