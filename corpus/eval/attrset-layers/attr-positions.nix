let base = { a = 1; b = 2; c = 3; d = 4; e = 5; f = 6; g = 7; h = 8; } // (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40));
    s = base // { b = 20; } // { x = 1; };
in [ (builtins.unsafeGetAttrPos "b" s) (builtins.unsafeGetAttrPos "a" s) (builtins.unsafeGetAttrPos "x" s) (builtins.unsafeGetAttrPos "zzz" s) ]
