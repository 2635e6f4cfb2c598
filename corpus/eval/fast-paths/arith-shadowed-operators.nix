# `-` and `<` call whatever __sub / __lessThan are in scope.
let __sub = x: y: "sub ${toString x} ${toString y}"; __lessThan = x: y: true; in [ (5 - 3) (3 < 1) (let n = 2; in [ (n - 1) ]) ]
