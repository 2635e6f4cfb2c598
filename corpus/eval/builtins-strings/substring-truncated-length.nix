builtins.substring 0 4294967298 "hello"
