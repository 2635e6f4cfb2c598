import ./lib/linked/deeper-link/leaf.nix
