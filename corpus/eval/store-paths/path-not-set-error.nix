builtins.path ./fixtures/plain.txt
