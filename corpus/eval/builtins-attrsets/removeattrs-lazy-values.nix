builtins.attrNames (removeAttrs { a = throw "x"; b = throw "y"; } [ "a" ])
