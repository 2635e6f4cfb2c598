builtins.unsafeGetAttrPos "a" (builtins.intersectAttrs { a = 1; } {
  a = 2;
})
