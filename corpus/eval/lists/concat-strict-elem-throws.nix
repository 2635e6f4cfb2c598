[ 1 ] ++ [ (throw "elem") ]
