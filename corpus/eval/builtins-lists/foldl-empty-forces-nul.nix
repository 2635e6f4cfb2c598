builtins.foldl' (a: b: a) (throw "nul") [ ]
