builtins.readDir null
