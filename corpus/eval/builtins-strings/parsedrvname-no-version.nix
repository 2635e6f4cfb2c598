builtins.parseDrvName "foo-bar"
