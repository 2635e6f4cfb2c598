builtins.substring 0 2147483648 "abc"
