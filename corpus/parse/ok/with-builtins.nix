with builtins; head (tail [ 1 2 ])
