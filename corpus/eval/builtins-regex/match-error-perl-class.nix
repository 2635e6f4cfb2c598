builtins.match "\\d+" "1"
