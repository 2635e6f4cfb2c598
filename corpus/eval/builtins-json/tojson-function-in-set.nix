builtins.toJSON { a = 1;
  f = x: x; }
