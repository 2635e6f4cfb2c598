builtins.attrValues { a = 1; b = throw "b value"; }
