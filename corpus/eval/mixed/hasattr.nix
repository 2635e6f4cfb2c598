builtins.hasAttr "a" { a = throw "x"; }
