# `toString x` inside an interpolation.
let
  s = { __toString = self: "s${toString self.n}"; n = 4; };
  o = { outPath = "/nix/store/x"; };
in [
  "a${toString 1}b${toString (2 * 3)}c${toString 1.5}"
  "${toString [ 1 "a" null true [ ] 2 ]}"
  "${toString s}/${toString o}"
  (let toString = x: "shadowed"; in "${toString 1}")
  (with { toString = x: "with"; }; "${toString 1}")
  "${builtins.toString 7}"
  ("x" + toString 5)
  "${toString false}${toString null}"
]
