builtins.getContext (builtins.toPath (builtins.toFile "a" "b"))
