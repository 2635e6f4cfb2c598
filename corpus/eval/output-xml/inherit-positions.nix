let x = 1; s = { y = 2; }; in { inherit x; inherit (s) y; }
