let f = x: x; s = { inherit f; }; in [ (s == s) ({ inherit f; } == { inherit f; }) ]
