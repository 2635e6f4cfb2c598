let l = l ++ [ 1 ]; in l
