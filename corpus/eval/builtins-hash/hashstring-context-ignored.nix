let h = builtins.hashString "sha256" "${builtins.toFile "f" "x"}"; in [ h (builtins.hasContext h) ]
