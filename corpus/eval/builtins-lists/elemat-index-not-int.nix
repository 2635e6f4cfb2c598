builtins.elemAt [ 10 ] "0"
