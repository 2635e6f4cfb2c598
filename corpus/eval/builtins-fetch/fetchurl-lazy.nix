let x = builtins.fetchurl "http://example.invalid/x"; in 1
