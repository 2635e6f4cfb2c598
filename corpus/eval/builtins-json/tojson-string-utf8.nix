builtins.toJSON "é ü ☃ 😀"
