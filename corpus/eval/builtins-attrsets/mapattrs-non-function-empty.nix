builtins.mapAttrs 1 { }
