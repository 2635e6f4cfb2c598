[ 1 [ 2 (throw "boom") ] ]
