builtins.isPath ./fixtures/plain.txt
