let l = [ 1 2 3 ]; m = [ ] ++ l ++ [ ]; in [ m l ]
