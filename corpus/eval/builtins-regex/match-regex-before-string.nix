builtins.match "(" (throw "string not evaluated")
