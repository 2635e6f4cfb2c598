./lib/linked/leaf-link.nix
