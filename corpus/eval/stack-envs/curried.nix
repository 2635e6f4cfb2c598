# Curried lambdas applied to both arguments at once.
let
  sub = a: b: a - b;
  pick = { x, ... }: b: x + b;
  three = a: b: c: a + b + c;
  keep = a: b: [ a b ];
in [
  (builtins.foldl' (a: b: a + b) 0 (builtins.genList (i: i * 3) 50))
  (sub 5 2)
  (pick { x = 1; y = 2; } 3)
  (three 1 2 3)
  (keep 1 2)
  (builtins.foldl' (a: b: a // b) { } [ { a = 1; } { b = 2; } ])
  (map (sub 10) [ 1 2 ])
]
