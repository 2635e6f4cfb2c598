builtins.hasAttr "a" { a = 1; }
