with import <nixpkgs> { }; stdenv.mkDerivation { inherit name src; }
