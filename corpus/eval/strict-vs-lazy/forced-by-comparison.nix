let l = [ (1 + 1) (2 + 2) ]; in if l == [ 2 4 ] then l else [ ]
