builtins.elemAt [ 10 20 30 ] 1
