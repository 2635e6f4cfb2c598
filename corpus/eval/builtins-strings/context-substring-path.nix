builtins.getContext (builtins.substring 0 20 ./context-substring-path.nix)
