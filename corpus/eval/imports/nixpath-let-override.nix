let __nixPath = [ { path = ./lib; prefix = "p"; } ]; in <p/int.nix>
