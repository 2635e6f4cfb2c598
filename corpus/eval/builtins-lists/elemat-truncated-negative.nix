builtins.elemAt [ 10 20 30 ] (-4294967295)
