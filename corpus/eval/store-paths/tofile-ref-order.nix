let a = builtins.toFile "a" "A"; b = builtins.toFile "b" "B"; in [ (builtins.toFile "c" "${a}${b}") (builtins.toFile "c" "${b}${a}") ]
