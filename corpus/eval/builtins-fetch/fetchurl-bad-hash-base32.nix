builtins.fetchurl { url = "http://example.invalid/x"; sha256 = "0000000000000000000000000000000000000000000000000000!"; }
