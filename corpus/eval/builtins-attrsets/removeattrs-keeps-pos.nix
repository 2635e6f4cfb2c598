builtins.unsafeGetAttrPos "b" (removeAttrs { a = 1; b = 2; } [ "a" ])
