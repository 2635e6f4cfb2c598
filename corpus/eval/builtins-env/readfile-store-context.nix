builtins.readFile "${builtins.toFile "f" "x"}"
