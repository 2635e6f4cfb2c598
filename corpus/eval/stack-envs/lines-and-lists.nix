# The benchmark shapes, small: element lambdas whose environments stay on the stack.
let
  xs = builtins.genList (i: i * 7 + 3) 2000;
  ys = map (x: x * 2) (builtins.filter (x: builtins.bitAnd x 1 == 1) xs);
  chunks = builtins.genList (i: builtins.genList (j: i + j) 10) 50;
  line = i: "item ${toString i}: ${toString (i * i)} (${if builtins.bitAnd i 1 == 0 then "even" else "odd"})";
in [
  (builtins.foldl' (a: b: a + b) 0 ys)
  (builtins.length (builtins.concatLists chunks))
  (builtins.concatStringsSep "\n" (builtins.genList line 20))
]
