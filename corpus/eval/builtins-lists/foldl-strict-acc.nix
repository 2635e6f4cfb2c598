builtins.foldl' (a: b: if b == 3 then throw "acc" else b) 0 [ 1 2 3 ]
