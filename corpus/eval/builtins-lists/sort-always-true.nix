builtins.sort (a: b: true) (builtins.genList (i: i) 20)
