builtins.length { a = 1; }
