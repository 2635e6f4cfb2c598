builtins.trace "a\tb" 1
