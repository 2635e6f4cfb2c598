builtins.pathExists ./fixtures/dir/dangling
