{ t = builtins.typeOf 1; }
