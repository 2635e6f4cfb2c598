let s = { fn = { x }: x; }; in s.fn { }
