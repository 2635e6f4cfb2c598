builtins.toFile "f" 1
