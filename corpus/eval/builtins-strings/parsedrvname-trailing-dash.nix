builtins.parseDrvName "foo-"
