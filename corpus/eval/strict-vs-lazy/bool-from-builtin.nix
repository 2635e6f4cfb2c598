{ t = true; f = builtins.isInt 1; }
