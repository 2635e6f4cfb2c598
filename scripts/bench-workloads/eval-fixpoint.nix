# Fixpoint/overlay style, like package sets: rec + // + a self-referential fix over many layers.
let
  fix = f: let x = f x; in x;
  extends = overlay: base: self: let super = base self; in super // overlay self super;
  base = self: builtins.listToAttrs (builtins.genList (i: { name = "p${toString i}"; value = { v = i; dep = if i == 0 then 0 else self."p${toString (i - 1)}".v + 1; }; }) 10000);
  overlay = n: self: super: { "p${toString n}" = super."p${toString n}" // { v = super."p${toString n}".v * 2; }; extra = n; };
  layers = builtins.genList (i: overlay (i * 13)) 1500;
  final = fix (builtins.foldl' (acc: o: extends o acc) base layers);
  total = builtins.foldl' (a: i: a + final."p${toString i}".dep) 0 (builtins.genList (i: i) 10000);
in total + final.extra
