builtins.match "a" (throw "string evaluated")
