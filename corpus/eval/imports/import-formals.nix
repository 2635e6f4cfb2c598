import ./lib/formals.nix { a = 1; }
