builtins.readDir ./fixtures/dir/sub
