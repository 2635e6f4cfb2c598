builtins.tryEval (builtins.deepSeq [ 1 (throw "deep") ] 1)
