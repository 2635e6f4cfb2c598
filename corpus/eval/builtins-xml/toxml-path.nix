builtins.toXML ./toxml-path.nix
