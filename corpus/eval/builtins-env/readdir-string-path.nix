builtins.attrNames (builtins.readDir (toString ./fixtures))
