let f = n: builtins.bitAnd "x" (throw "right"); in f 1
