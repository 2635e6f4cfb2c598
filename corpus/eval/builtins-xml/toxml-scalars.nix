builtins.toXML [ 1 (-2) 1.5 0.1 1.0e100 true false null "s" ]
