builtins.foldl' (a: b: b) (throw "nul") [ 1 2 ]
