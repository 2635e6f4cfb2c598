let f = { __functor = self: x: self // { acc = self.acc + x; }; acc = 0; }; in (f 1 2 3).acc
