let s = { x = 1; y = 2; }; x = 3; in { inherit x; inherit (s) y; z = s.x; }
