builtins.elemAt (builtins.genList (x: if x == 1 then throw "one" else x) 3) 2
