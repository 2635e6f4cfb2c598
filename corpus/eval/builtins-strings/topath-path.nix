builtins.toPath /a/b
