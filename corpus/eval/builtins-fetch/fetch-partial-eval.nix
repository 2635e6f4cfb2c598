builtins.length [ (builtins.fetchurl "http://example.invalid/x") ]
