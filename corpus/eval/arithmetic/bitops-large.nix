[ (builtins.bitAnd 9223372036854775807 (-1)) (builtins.bitOr (-9223372036854775807 - 1) 1) (builtins.bitXor (-1) 0) ]
