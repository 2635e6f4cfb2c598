builtins.toPath "/a/../b//c/."
