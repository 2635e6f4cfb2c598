[ 1 2 (throw "boom") 4 ]
