builtins.getContext (builtins.toFile "hello.txt" "hello")
