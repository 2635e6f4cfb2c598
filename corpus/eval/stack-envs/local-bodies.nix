# Lambda bodies that keep no pointer to their environment (it may live on the stack).
let
  s = { a = 1; b = { c = 2; }; n = "b"; };
  f1 = x: x.b.c + x.${x.n}.c;
  f2 = x: x ? b && !(x ? z) || false;
  f3 = x: { inherit x; y = x; z = 1; w = "s"; };
  f4 = x: [ x x 1 "a" ];
  f5 = x: if x.a == 1 then "${x.n}-${toString x.a}" else assert false; 0;
  f6 = x: x // { d = x; };
  f7 = x: [ x ] ++ [ x ];
  f8 = x: x.missing or (x.a - 1);
  f9 = x: __curPos;
in [ (f1 s) (f2 s) (f3 s) (f4 s) (f5 s) (f6 s) (f7 s) (f8 s) (f9 s) ]
