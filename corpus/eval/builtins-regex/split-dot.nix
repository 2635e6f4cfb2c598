builtins.split "." "ab"
