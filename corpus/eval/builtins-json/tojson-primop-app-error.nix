builtins.toJSON { f = builtins.add 1; }
