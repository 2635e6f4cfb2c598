builtins.bitXor 12 10
