let s = { fn = { x }: x; }; in s.fn { x = 1; y = 2; }
