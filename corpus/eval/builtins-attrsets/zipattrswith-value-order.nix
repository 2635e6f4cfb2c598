builtins.zipAttrsWith (n: v: v) [ { b = 1; a = 2; } { c = 3; } { a = 4; b = 5; } ]
