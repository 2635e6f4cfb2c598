builtins.bitAnd true null
