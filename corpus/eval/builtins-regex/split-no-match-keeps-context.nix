builtins.map builtins.hasContext (builtins.split "x" "${builtins.toFile "f" "abc"}")
