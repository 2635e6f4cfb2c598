[ 1 (-1) 2.5 true false null "s" ]
