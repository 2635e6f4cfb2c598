builtins.attrNames { ${"z" + "z"} = 1; y = 2; }
