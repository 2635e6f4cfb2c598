({ a, ... }: a) { a = 1; __functor = self: x: x; }
