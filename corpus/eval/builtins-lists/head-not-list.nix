builtins.head "abc"
