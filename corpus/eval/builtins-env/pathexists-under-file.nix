builtins.pathExists ./fixtures/hello.txt/x
