let s = { p = 1; q = 2; }; in { inherit (s) p q; r = 3; }
