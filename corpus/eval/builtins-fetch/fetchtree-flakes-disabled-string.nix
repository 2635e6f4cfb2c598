builtins.fetchTree "github:NixOS/nix"
