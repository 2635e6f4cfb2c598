let s = { a = 1; }; in builtins.map (x: s) [ 1 2 ]
