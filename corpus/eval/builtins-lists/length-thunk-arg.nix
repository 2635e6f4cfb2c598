let xs = builtins.genList (i: i) 1000; in builtins.length xs
