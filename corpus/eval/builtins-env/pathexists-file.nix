builtins.pathExists ./fixtures/hello.txt
