{ j = builtins.fromJSON "{\"k\":1}"; l = builtins.listToAttrs [ { name = "n"; value = 2; } ]; m = builtins.mapAttrs (n: v: v) { q = 3; }; }
