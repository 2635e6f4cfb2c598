let x = 1; y = { z = 2; w = 3; }; in { inherit x; inherit (y) z w; v = 4; }
