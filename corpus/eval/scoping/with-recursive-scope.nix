let s = { x = 1; y = with s; x + 1; }; in s.y
