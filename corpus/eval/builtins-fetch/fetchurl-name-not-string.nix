builtins.fetchurl { url = "http://example.invalid/x"; name = [ ]; }
