[ 1 [ 2 (throw "nested") ] (throw "later") ]
