builtins.unsafeGetAttrPos "a" { a = 1; }
