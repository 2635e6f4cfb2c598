builtins.fromJSON "\"just a string\""
