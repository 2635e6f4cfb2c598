let a = { b = 1; }; l = [ 1 ]; in
  a ? b -> !(l ++ l == l) || 1 + 2 * -3 < 4 && a // a != a -> false
