let sub1 = builtins.sub 10; in [ (sub1 3) (map (builtins.add 1) [ 1 2 ]) (builtins.foldl' builtins.add 0 [ 1 2 3 ]) ]
