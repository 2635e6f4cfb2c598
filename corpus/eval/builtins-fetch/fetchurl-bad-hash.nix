builtins.fetchurl { url = "http://example.invalid/x"; sha256 = "abc"; }
