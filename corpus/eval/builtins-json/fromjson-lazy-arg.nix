let f = builtins.fromJSON; in builtins.length (f "[1,2,3]")
