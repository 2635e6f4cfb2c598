builtins.toXML (builtins.readDir ./fixtures/dir)
