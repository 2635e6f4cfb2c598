builtins.attrNames (builtins.groupBy (x: x) [ "zz" "a" "m" "zz" "b" ])
