let a = [ ]; b = { }; in a ++ [ (b ? c) ] ++ a
