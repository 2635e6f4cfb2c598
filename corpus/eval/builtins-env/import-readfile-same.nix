import ./fixtures/expr.nix == builtins.fromJSON "{\"x\":1}"
