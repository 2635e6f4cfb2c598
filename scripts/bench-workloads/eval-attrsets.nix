# Attribute-set heavy: build sets with dynamic names, update with //, look up, test with ?.
let
  n = 6000;
  build = i: acc: if i == n then acc else build (i + 1) (acc // { "k${toString i}" = i; });
  big = build 0 { };
  sumKeys = i: acc: if i == n then acc else sumKeys (i + 1) (acc + big."k${toString i}" + (if big ? "k${toString (i * 2)}" then 1 else 0));
in sumKeys 0 0
