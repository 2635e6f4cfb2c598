let s = (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) // { p = 1; } // { q = 2; } // { a7 = "seven"; };
in [ (s ? p) (s ? a7) (s ? nope) (s.a7) (s.nope or "dflt") (s.a39) (s.q) ]
