if false then abort "then" else "else"
