builtins.toJSON 42
