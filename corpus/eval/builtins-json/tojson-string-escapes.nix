builtins.toJSON "quote\" backslash\\ nl\n cr\r tab\t dollar$ slash/"
