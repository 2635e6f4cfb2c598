let a = 1 + 0; b = "s" + ""; in [ a b ]
