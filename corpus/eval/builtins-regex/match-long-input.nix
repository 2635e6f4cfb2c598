builtins.match "(a|b)*c" (builtins.concatStringsSep "" (builtins.genList (i: if builtins.bitAnd i 1 == 0 then "a" else "b") 2000) + "c")
