let a = 1; b = "s"; c = [ ]; d = { }; in [ a b c d ]
