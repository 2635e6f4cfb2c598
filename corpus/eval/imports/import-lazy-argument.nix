let f = import ./lib/double.nix; in builtins.typeOf f
