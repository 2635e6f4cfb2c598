builtins.pathExists ./fixtures/missing
