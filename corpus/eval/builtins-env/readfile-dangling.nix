builtins.readFile ./fixtures/dir/dangling
