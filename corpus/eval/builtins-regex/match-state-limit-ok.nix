builtins.match "a{99993}" "a"
