{
  x = 1;
    y = 2;
}.__pos or (builtins.unsafeGetAttrPos "y" {
  x = 1;
    y = 2;
})
