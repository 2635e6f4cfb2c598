scopedImport { __nixPath = [ { path = ./lib; prefix = "p"; } ]; } ./lib/angle.nix
