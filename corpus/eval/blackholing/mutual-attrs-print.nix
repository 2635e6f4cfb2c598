let a = { inherit b; }; b = { inherit a; }; in a
