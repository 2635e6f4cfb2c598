builtins.all (x: true) "abc"
