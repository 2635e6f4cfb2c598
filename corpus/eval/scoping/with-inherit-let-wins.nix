let a = 2; in with { a = 1; }; { inherit a; }
