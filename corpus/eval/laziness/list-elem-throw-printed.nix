[ 1 (throw "elem") 3 ]
