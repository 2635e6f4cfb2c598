{ p = ./path-value.nix; }
