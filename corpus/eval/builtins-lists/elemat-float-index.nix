builtins.elemAt [ 10 ] 0.0
