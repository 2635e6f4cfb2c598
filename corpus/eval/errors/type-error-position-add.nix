let
  a = 1;
  b = "s";
in
  a + b
