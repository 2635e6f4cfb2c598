builtins.match "a*?" "aaa"
