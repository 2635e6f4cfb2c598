builtins.bitAnd (-1) 255
