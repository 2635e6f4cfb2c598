let f = x: "no"; in builtins.concatMap f [ 1 ]
