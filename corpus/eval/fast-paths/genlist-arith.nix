let l = builtins.genList (i: i - 1) 3; m = map (x: x * 2) l; in [ l m (builtins.elemAt m 1) ]
