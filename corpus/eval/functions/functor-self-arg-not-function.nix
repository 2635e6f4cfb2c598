let f = { __functor = self: 1; }; in f 2
