# Deeper than the layer limit: flattening and further layering.
let s = builtins.foldl' (acc: i: acc // { "k${toString i}" = i; a0 = i; }) (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) (builtins.genList (i: i) 100);
in [ s.k0 s.k50 s.k99 s.a0 s.a20 (builtins.length (builtins.attrNames s)) (builtins.head (builtins.attrNames s)) ]
