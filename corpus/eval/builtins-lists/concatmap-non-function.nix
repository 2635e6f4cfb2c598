builtins.concatMap 1 [ 1 ]
