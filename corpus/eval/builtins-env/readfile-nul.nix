builtins.readFile ./fixtures/nul.bin
