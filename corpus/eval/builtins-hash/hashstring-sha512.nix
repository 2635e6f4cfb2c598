builtins.hashString "sha512" "abc"
