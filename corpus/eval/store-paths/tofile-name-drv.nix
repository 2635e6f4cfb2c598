builtins.toFile "x.drv" "fine"
