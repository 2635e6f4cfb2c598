let f = x: 1; in f (throw "arg")
