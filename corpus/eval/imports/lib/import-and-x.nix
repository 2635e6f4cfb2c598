[ (import ./int.nix) x ]
