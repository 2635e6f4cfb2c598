builtins.hashFile "md5" "${builtins.toFile "f" "x"}"
