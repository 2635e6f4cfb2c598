import ./int.nix + 1
