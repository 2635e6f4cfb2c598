let __nixPath = [ { path = ./lib; } ]; in <int.nix>
