builtins.groupBy null [ 1 ]
