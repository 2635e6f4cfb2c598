let f = builtins.sub 10; in [ (f 1) (f 2) ]
