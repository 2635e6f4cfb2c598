[ (throw "x") ] == [ 1 ]
