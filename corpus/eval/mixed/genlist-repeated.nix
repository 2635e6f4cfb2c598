let l = builtins.genList (x: x) 3; in [ l l ]
