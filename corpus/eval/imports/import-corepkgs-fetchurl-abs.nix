builtins.typeOf (import /__corepkgs__/fetchurl.nix)
