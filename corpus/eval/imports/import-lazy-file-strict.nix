import ./lib/lazy.nix
