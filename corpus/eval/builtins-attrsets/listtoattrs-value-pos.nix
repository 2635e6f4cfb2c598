builtins.unsafeGetAttrPos "k" (builtins.listToAttrs [ {
  name = "k";
  value = 1;
} ])
