builtins.readFile ./fixtures/dir/sub/b.txt
