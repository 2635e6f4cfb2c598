builtins.mapAttrs (n: n) { a = 1; }
