builtins.readFile ./fixtures/dir/../hello.txt
