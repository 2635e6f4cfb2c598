builtins.length (map (x: throw "lazy") [ 1 2 ])
