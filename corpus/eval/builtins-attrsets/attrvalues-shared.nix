let s = { a = [ 1 2 3 ]; }; in [ s.a (builtins.attrValues s) ]
