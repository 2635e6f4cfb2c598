# A tail call of a builtin, a partial application and a functor.
let f = n: if n > 3 then builtins.map (x: x * n) [ 1 2 3 ] else f (n + 1);
    g = n: if n == 0 then builtins.add 40 else g (n - 1);
    h = { __functor = self: n: if n == 0 then self.result else self (n - 1); result = "functor"; };
in [ (f 0) (g 3 2) (h 5) ]
