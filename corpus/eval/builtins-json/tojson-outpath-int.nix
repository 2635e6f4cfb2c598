builtins.toJSON { outPath = 5; }
