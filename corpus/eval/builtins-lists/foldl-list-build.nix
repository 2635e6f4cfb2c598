builtins.foldl' (acc: x: acc ++ [ (x * x) ]) [ ] [ 1 2 3 ]
