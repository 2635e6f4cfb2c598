builtins.hashString "sha256" "é☃😀"
