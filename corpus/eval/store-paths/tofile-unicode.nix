builtins.toFile "u" "héllo ✓"
