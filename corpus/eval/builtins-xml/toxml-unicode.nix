builtins.toXML "é ☃ 😀"
