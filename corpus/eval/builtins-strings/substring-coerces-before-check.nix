builtins.substring (-1) 2 (throw "string first")
