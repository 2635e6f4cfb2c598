# Arithmetic on known integers may be computed early, but stays unevaluated to the printer
# (<CODE> without --strict) until something forces it.
let
  f = n: let a = n - 1; b = a + 1; in { inherit a b; c = [ a b (n * 2) (builtins.bitAnd n 3) (n < 3) ]; d = b; };
  r = f 5;
in r // { forced = builtins.seq r.a r.c; }
