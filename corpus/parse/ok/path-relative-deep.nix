a/b/c/d.nix
