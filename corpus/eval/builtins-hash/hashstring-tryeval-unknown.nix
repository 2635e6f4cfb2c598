builtins.tryEval (builtins.hashString "x" "a")
