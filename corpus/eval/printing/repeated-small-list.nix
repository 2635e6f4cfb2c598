let l = [ 1 ]; in { x = l; y = l; }
