<nix/fetchurl.nix>
