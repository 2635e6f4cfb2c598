let s = (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) // { p = 1; } // { q = 2; } // { a7 = "seven"; };
in {
  removed = builtins.attrNames (builtins.removeAttrs s [ "p" "a7" "a1" ]);
  inter = builtins.intersectAttrs { p = 0; a7 = 0; zz = 0; } s;
  len = builtins.length (builtins.attrNames s);
  has = builtins.hasAttr "q" s;
  get = builtins.getAttr "a7" s;
  cat = builtins.catAttrs "p" [ s { p = 5; } ];
  filtered = builtins.filter (n: builtins.substring 0 1 n != "a") (builtins.attrNames s);
}
