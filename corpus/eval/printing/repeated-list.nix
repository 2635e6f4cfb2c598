let l = [ 1 2 3 ]; in { x = l; y = l; }
