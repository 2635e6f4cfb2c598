let x = throw "again"; y = builtins.tryEval x; in [ y.success (builtins.tryEval x).success ]
