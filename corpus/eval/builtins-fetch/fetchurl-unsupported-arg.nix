builtins.fetchurl { url = "http://example.invalid/x"; foo = 1; }
