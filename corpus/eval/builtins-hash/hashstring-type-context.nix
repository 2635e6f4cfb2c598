builtins.hashString "${builtins.toFile "f" "md5"}" "a"
