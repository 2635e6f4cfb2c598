builtins.readFile ./fixtures/utf8.txt
