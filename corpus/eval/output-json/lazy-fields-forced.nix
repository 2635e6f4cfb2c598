let x = 1 + 1; in { inherit x; y = [ x ]; }
