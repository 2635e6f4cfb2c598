builtins.substring 1 1 "é"
