builtins.hashString 1 "a"
