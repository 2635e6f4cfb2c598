import ./deeper/leaf.nix
