builtins.catAttrs "a" { a = 1; }
