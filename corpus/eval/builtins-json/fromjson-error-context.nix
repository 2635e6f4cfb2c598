builtins.fromJSON "${builtins.toFile "f" "1"}"
