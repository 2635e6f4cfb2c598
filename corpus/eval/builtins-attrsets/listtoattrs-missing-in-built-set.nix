builtins.listToAttrs [ (removeAttrs { value = 1; } [ ]) ]
