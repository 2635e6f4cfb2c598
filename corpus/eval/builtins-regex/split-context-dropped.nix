builtins.map (x: if builtins.isString x then builtins.hasContext x else x) (builtins.split "-" "${builtins.toFile "f" "x"}-y")
