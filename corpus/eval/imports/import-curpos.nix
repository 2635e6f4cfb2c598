import ./lib/curpos.nix
