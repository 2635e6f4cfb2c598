./foo/bar/baz.nix
