# --strict forces a layered set's attributes in the reference's order: which error comes first.
let s = (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) // { m = throw "m first?"; } // { b = throw "b first?"; } // { a5 = abort "a5"; };
in s
