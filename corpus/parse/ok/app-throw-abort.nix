[ (throw "t") (abort "a") ]
