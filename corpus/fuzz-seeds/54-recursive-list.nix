let l = [ 1 l2 ]; l2 = [ 2 ]; in builtins.elemAt l 1
