builtins.fromJSON "[1e-400, 4.9e-324]"
