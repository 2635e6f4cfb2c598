import ./lib/formals.nix { a = 1; c = 2; }
