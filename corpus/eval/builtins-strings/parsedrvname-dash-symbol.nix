builtins.parseDrvName "foo-_1"
