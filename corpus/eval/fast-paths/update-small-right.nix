let big = builtins.listToAttrs (builtins.genList (i: { name = "k${toString i}"; value = i; }) 100);
in [ (builtins.attrNames (big // { k5 = "x"; zz = 1; a = 0; })) (big // { k50 = "y"; }).k50 ((big // { }).k7) (({ } // big).k9) ]
