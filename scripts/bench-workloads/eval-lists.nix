# List heavy: genList, map, filter, foldl', concatLists, elemAt, length.
let
  xs = builtins.genList (i: i * 7 + 3) 800000;
  ys = map (x: x * 2) (builtins.filter (x: builtins.bitAnd x 1 == 1) xs);
  chunks = builtins.genList (i: builtins.genList (j: i + j) 10) 20000;
  flat = builtins.concatLists chunks;
in builtins.foldl' (a: b: a + b) 0 ys + builtins.length flat + builtins.elemAt flat 4321
