[ (throw "x") ] == [ 1 2 ]
