import "${../imports/lib}/int.nix"
