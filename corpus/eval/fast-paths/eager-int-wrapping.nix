let a = 9223372036854775807; in [ (a + 1) (a * 2) (a - (0 - 1)) (builtins.bitXor a 1) ]
