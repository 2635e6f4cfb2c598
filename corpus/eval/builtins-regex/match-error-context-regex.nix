builtins.match "${builtins.toFile "f" "x"}" "x"
