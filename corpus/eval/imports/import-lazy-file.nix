(import ./lib/lazy.nix).used
