builtins.deepSeq [ 1 [ (throw "inner") ] ] "ok"
