builtins.stringLength ./stringlength-path-copied.nix
