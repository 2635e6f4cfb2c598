let n = "f"; in ./dir/${n}.nix
