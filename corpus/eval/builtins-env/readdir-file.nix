builtins.readDir ./fixtures/hello.txt
