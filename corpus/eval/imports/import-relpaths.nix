import ./lib/relpaths.nix
