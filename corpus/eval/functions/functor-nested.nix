let g = { __functor = self: { __functor = s2: x: x * 2; }; }; in g 1 21
