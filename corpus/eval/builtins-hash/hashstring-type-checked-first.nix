builtins.hashString "nope" (throw "string not evaluated")
