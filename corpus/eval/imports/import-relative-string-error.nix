import "lib/int.nix"
