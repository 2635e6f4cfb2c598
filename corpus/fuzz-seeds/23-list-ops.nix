[ 1 2 ] ++ [ 3 ] ++ builtins.map (x: x * 2) [ 4 5 ]
