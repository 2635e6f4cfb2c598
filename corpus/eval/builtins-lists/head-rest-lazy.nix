builtins.head [ 1 (throw "not forced") ]
