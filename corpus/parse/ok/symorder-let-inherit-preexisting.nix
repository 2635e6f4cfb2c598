let s = { }; inherit (s) outPath type; zz = 1; name = 2; in [ outPath type zz name ]
