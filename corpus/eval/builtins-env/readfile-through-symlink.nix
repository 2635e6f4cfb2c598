builtins.readFile ./fixtures/dir/link-to-a
