builtins.toFile "/nix/store/x" "y"
