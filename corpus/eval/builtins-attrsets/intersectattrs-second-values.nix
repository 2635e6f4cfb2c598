builtins.intersectAttrs { a = throw "first"; } { a = "second"; }
