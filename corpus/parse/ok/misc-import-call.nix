import ./lib.nix { inherit (builtins) map; }
