builtins.getAttr "x" (builtins.removeAttrs { a = 1; } [ ])
