let inherit (s) x; s = { x = 4; }; in x
