{ f = a: b: { inherit a b; }; }.f 1 2
