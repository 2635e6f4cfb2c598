import ./lib/linked/leaf-link.nix
