let even = n: if n == 0 then true else odd (n - 1); odd = n: if n == 0 then false else even (n - 1);
in [ (even 10001) (odd 10001) (even 0) ]
