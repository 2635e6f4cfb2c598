builtins.pathExists "${builtins.toFile "f" "x"}"
