builtins.substring 4294967297 1 "hello"
