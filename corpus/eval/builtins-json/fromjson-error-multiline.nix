builtins.fromJSON "[\n1,\n2,\n]"
