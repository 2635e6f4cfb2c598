builtins.match "a{99994}" "a"
