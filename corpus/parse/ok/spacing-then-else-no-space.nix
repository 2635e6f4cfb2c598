if true then"a"else"b"
