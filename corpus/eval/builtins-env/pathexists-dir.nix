builtins.pathExists ./fixtures/dir
