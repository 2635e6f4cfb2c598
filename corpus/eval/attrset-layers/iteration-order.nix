# Iteration of a layered set: attrValues, mapAttrs, toJSON, and the --strict print order.
let base = builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40);
    s = base // { zz = 1; } // { a5 = "five"; } // { b = [ 1 2 ]; } // { a0 = null; };
in { values = builtins.attrValues s; json = builtins.toJSON s; mapped = builtins.mapAttrs (n: v: n) s; }
