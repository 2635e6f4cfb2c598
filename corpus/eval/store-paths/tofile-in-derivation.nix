(derivation { name = "d"; system = "x"; builder = builtins.toFile "b.sh" "echo"; }).drvPath
