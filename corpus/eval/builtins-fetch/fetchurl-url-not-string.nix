builtins.fetchurl { url = 1; }
