[ (throw "left") ] == [ (throw "right") ]
