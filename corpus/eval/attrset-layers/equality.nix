let base = builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40);
    s1 = base // { x = 1; } // { y = 2; };
    s2 = base // { y = 2; x = 1; };
    s3 = (base // { x = 1; }) // { y = 3; };
in [ (s1 == s2) (s1 == s3) (s1 != s2) (s1 == (s1 // {})) ({} // s1 == s1) ]
