builtins.substring 0 11 ./substring-path-copied.nix
