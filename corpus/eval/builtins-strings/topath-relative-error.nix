builtins.toPath "a"
