builtins.elemAt [ 1 ] 2147483648
