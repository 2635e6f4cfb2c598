builtins.fetchurl "${builtins.toFile "f" "x"}"
