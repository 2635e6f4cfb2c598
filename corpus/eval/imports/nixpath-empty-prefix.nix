let __nixPath = [ { path = ./lib; prefix = ""; } ]; in <int.nix>
