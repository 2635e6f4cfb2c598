let s = { x = 1; }; inherit (s) y; in y
