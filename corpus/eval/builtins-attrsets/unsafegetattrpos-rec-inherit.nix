let a = 1; in builtins.unsafeGetAttrPos "a" rec { inherit a; }
