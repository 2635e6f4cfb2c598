# Overlays over a fixpoint, the nixpkgs way.
let
  fix = f: let x = f x; in x;
  extends = o: base: self: let super = base self; in super // o self super;
  base = self: builtins.listToAttrs (builtins.genList (i: { name = "p${toString i}"; value = { v = i; }; }) 50);
  overlays = builtins.genList (n: self: super: { "p${toString n}" = super."p${toString n}" // { v = super."p${toString n}".v * 10; }; "q${toString n}" = self."p${toString n}".v; }) 20;
  final = fix (builtins.foldl' (acc: o: extends o acc) base overlays);
in [ final.p0.v final.p19.v final.p20.v final.q5 (builtins.length (builtins.attrNames final)) ]
