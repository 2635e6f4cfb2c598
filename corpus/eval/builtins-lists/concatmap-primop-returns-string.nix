builtins.concatMap builtins.typeOf [ 1 ]
