builtins.trace "first" (throw "second")
