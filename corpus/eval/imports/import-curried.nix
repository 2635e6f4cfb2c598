import ./lib/nested/curried.nix 1 2
