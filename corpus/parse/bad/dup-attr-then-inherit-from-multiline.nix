let s = { }; in {
  x = 1;
  inherit (s)
    x;
}
