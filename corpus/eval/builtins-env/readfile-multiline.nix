builtins.readFile ./fixtures/multiline.txt
