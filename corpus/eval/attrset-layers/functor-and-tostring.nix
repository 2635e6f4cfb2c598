let s = (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) // { __functor = self: x: self.a3 + x; } // { extra = 1; };
    t = (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) // { __toString = self: "S${toString self.a2}"; } // { y = 1; };
in [ (s 10) "${t}" (toString t) ]
