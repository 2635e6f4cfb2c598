let a = 1; b = 1 + 1; in { inherit a b; }
