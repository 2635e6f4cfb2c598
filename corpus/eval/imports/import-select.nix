(import ./lib/attrs.nix).b
