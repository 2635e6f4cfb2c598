[ (toString ./tostring-relative-path.nix) (baseNameOf ./tostring-relative-path.nix) (dirOf ./tostring-relative-path.nix == ./.) ]
