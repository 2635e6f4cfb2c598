import ./lib/formals.nix { }
