builtins.fromJSON (builtins.readFile ./fixtures/hello.txt)
