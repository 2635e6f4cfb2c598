# Many small updates of one big set, the same key overridden in several layers.
let base = builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40);
    s = builtins.foldl' (acc: i: acc // { a3 = i; "n${toString (i - (i / 3) * 3)}" = i; }) base (builtins.genList (i: i) 30);
in { inherit (s) a3 n0 n1 n2 a39; names = builtins.attrNames s; count = builtins.length (builtins.attrNames s); }
