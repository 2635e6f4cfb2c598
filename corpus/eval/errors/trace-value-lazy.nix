builtins.trace { a = 1 + 1; b = [ 1 ]; c = "s"; } 1
