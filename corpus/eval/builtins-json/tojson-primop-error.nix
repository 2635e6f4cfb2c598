builtins.toJSON builtins.map
