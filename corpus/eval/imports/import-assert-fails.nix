import ./lib/assert-fails.nix
