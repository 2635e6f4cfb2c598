{ value = "from default.nix"; }
