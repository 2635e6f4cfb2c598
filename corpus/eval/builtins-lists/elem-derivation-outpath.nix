let d = derivation { name = "x"; system = "x"; builder = "x"; }; e = d // { extra = 1; }; in [ (builtins.elem e [ d ]) (builtins.elem { } [ d ]) ]
