let
  f = { a, b ? 2, ... }@args: a + b;
  s = rec { x = 1; y = x; };
  l = [ 1 2 ] ++ [ 3 ];
in assert s ? x; with s; if y == 1 then f { a = 1; } else -1
