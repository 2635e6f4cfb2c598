builtins.unsafeGetAttrPos "y" (builtins.functionArgs ({ x,
  y ? 2 }: x))
