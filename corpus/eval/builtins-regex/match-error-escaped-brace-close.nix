builtins.match "\\}" "}"
