# Lambda bodies that capture their environment: closures, thunks, inner scopes.
let
  w = { v = 10; };
  g1 = map (x: y: x + y) [ 1 2 ];
  g2 = map (x: [ (x + 1) (x * 2) ]) [ 1 2 ];
  g3 = map (x: with w; [ v x ]) [ 1 ];
  g4 = map (x: let y = x + 1; in y) [ 1 2 ];
  g5 = map (x: rec { a = x; b = a; }) [ 1 ];
  g6 = with w; map (x: builtins.head [ v x ]) [ 1 ];
  g7 = map (x: { y = x - 1; }) [ 5 ];
  g8 = map ({ a, b ? a }: [ a b ]) [ { a = 1; } ];
in [ (map (f: f 3) g1) g2 g3 g4 g5 g6 g7 g8 ]
