[ (builtins.tryEval (abort "a")) ]
