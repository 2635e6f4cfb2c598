let a = builtins.toFile "a" "A"; in builtins.toFile "b" "B ${a}"
