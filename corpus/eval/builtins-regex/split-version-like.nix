builtins.split "([0-9]+)" "v1.23beta4"
