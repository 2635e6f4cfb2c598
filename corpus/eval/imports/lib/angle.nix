<p/int.nix>
