let l = [ (1 + 1) 2 3 ]; in [ l l ]
