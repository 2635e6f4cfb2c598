builtins.getAttr (throw "name") (throw "set")
