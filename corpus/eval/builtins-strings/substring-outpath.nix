builtins.substring 0 2 { outPath = "xyz"; }
