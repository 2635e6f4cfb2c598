builtins.tryEval (builtins.fetchurl { })
