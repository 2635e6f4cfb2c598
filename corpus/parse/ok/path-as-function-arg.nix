let f = x: x; in f ./x.nix
