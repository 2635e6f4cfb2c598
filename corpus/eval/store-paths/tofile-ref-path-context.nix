builtins.getContext (builtins.toFile "script" "cat ${./fixtures/plain.txt}")
