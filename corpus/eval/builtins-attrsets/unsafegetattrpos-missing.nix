builtins.unsafeGetAttrPos "b" { a = 1; }
