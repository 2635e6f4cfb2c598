builtins.getAttr "a" { a = throw "forced"; }
