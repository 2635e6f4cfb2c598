let s = (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) // { x = { y = [ 1 2 ]; }; } // { z = "z"; };
in [ (builtins.seq s 1) (builtins.deepSeq s 2) (builtins.toXML (builtins.removeAttrs s (builtins.genList (i: "a${toString i}") 40))) ]
