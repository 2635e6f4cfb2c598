builtins.toJSON { outPath = { outPath = "inner"; }; }
