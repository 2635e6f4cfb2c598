builtins.unsafeGetAttrPos "map" builtins
