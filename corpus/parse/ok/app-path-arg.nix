import ./x.nix { }
