[ (builtins.sub 1) builtins.typeOf (builtins.bitAnd 3) ]
